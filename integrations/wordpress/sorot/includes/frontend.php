<?php
/**
 * What readers get: the widget module (enqueued from the plugin folder), each
 * post of the chosen types wrapped in <sorot-article date="…">, and the
 * [sorot]…[/sorot] shortcode for part of a post.
 *
 * @package Sorot
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Script handle of the widget module. */
const SOROT_HANDLE = 'sorot-widget';

/**
 * Loads the widget (an ES module; sorot_bg.wasm is fetched next to it).
 * Safe to call more than once, and late (from a shortcode or a block):
 * the script is printed in the footer.
 */
function sorot_enqueue_widget() {
	$src = plugins_url( 'assets/sorot-widget.js', SOROT_FILE );
	if ( function_exists( 'wp_enqueue_script_module' ) ) { // WordPress 6.5+.
		wp_enqueue_script_module( SOROT_HANDLE, $src, array(), SOROT_VERSION );
		return;
	}
	wp_enqueue_script( SOROT_HANDLE, $src, array(), SOROT_VERSION, true );
}

/**
 * Before WordPress 6.5, a script is loaded as a module by rewriting its tag.
 *
 * @param string $tag    The <script> tag.
 * @param string $handle Its handle.
 * @param string $src    Its URL.
 * @return string
 */
function sorot_module_tag( $tag, $handle, $src ) {
	if ( SOROT_HANDLE !== $handle ) {
		return $tag;
	}
	// phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript -- this is the enqueued script's own tag.
	return '<script type="module" src="' . esc_url( $src ) . '" id="' . esc_attr( SOROT_HANDLE ) . '-js"></script>' . "\n";
}
add_filter( 'script_loader_tag', 'sorot_module_tag', 10, 3 );

/**
 * Whether the post is highlighted automatically: its type is chosen in the
 * settings and its author did not switch sorot off for it.
 *
 * @param int|WP_Post|null $post The post (default: the current one).
 * @return bool
 */
function sorot_is_enabled_for( $post = null ) {
	$post = get_post( $post );
	if ( ! $post ) {
		return false;
	}
	return in_array( $post->post_type, sorot_settings()['post_types'], true )
		&& '1' !== get_post_meta( $post->ID, SOROT_META_OFF, true );
}

/**
 * Whether this request shows the post the way sorot annotates it: a single
 * post of an enabled type, in the page itself (not a feed, the admin, an
 * embed or the REST API).
 *
 * @return bool
 */
function sorot_is_article_view() {
	if ( is_admin() || is_feed() || is_embed() || ( defined( 'REST_REQUEST' ) && REST_REQUEST ) || ! is_singular() ) {
		return false;
	}
	return sorot_is_enabled_for( get_queried_object_id() );
}

add_action(
	'wp_enqueue_scripts',
	static function () {
		if ( sorot_is_article_view() ) {
			sorot_enqueue_widget();
		}
	}
);

/**
 * The element id of the <sorot-article> of a post (what <sorot-summary for> names).
 *
 * @param int $post_id The post.
 * @return string
 */
function sorot_article_id( $post_id ) {
	return 'sorot-article-' . absint( $post_id );
}

/**
 * Wraps HTML in <sorot-article> with the settings and the post's publication date.
 *
 * @param string   $html   The post's (or part's) HTML, already filtered.
 * @param int      $post_id The post.
 * @param string[] $attrs  Overrides: layers, theme, id.
 * @return string
 */
function sorot_wrap( $html, $post_id, $attrs = array() ) {
	$settings = sorot_settings();
	$layers   = isset( $attrs['layers'] ) ? $attrs['layers'] : implode( ',', $settings['layers'] );
	$theme    = isset( $attrs['theme'] ) ? $attrs['theme'] : $settings['theme'];
	$id       = isset( $attrs['id'] ) ? $attrs['id'] : sorot_article_id( $post_id );
	$date     = get_the_date( 'Y-m-d', $post_id );
	return sprintf(
		'<sorot-article id="%s"%s layers="%s" theme="%s">%s</sorot-article>',
		esc_attr( $id ),
		$date ? ' date="' . esc_attr( $date ) . '"' : '',
		esc_attr( $layers ),
		esc_attr( $theme ),
		$html // The post's HTML, as WordPress filtered it for display.
	);
}

/**
 * The automatic wrapping of the post being viewed (late, after shortcodes,
 * blocks and embeds have rendered). A post that uses [sorot] is left to it.
 *
 * @param string $content The filtered post content.
 * @return string
 */
function sorot_filter_content( $content ) {
	$post_id = get_the_ID();
	if ( ! $post_id || (int) get_queried_object_id() !== (int) $post_id || ! sorot_is_article_view()
		|| false !== strpos( $content, '<sorot-article' ) || '' === trim( $content ) ) {
		return $content;
	}
	sorot_enqueue_widget();
	$html    = sorot_wrap( $content, $post_id );
	$summary = sorot_settings()['summary'];
	if ( 'none' !== $summary ) {
		$box  = sorot_summary_html( sorot_article_id( $post_id ) );
		$html = 'before' === $summary ? $box . $html : $html . $box;
	}
	return $html;
}
add_filter( 'the_content', 'sorot_filter_content', 20 );

/**
 * [sorot layers="entities,dates" theme="dark"]part of a post[/sorot]: highlights
 * only the enclosed part, on any post type (the post's date is the anchor).
 *
 * @param array|string $atts    Shortcode attributes.
 * @param string|null  $content The enclosed content.
 * @return string
 */
function sorot_shortcode( $atts, $content = null ) {
	static $count = 0;
	$post_id = (int) get_the_ID();
	$atts    = shortcode_atts(
		array(
			'layers' => '',
			'theme'  => '',
		),
		$atts,
		'sorot'
	);
	$clean   = sorot_sanitize_settings(
		array(
			'layers' => '' === $atts['layers'] ? null : preg_split( '/[\s,]+/', (string) $atts['layers'] ),
			'theme'  => $atts['theme'],
		)
	);
	$wrap    = array( 'id' => 'sorot-' . $post_id . '-' . ( ++$count ) );
	if ( '' !== $atts['layers'] ) {
		$wrap['layers'] = implode( ',', $clean['layers'] );
	}
	if ( '' !== $atts['theme'] ) {
		$wrap['theme'] = $clean['theme'];
	}
	sorot_enqueue_widget();
	return sorot_wrap( do_shortcode( (string) $content ), $post_id, $wrap );
}
add_shortcode( 'sorot', 'sorot_shortcode' );
