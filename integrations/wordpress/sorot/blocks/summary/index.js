// The "Sorot summary" block in the editor: a placeholder; the page shows the
// box (render.php), which the widget fills in the reader's browser.
( function ( blocks, blockEditor, element, i18n ) {
	const el = element.createElement;
	blocks.registerBlockType( 'sorot/summary', {
		edit: function Edit() {
			return el(
				'div',
				blockEditor.useBlockProps( { className: 'sorot-summary-placeholder' } ),
				i18n.__( 'Sorot summary: the people, places and quotes of this post appear here for readers.', 'sorot' )
			);
		},
		save: function save() {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.blockEditor, window.wp.element, window.wp.i18n );
