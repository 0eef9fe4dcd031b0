<?php
/**
 * Test site only (a must-use plugin copied in by scripts/test-wordpress).
 * - With ?csp=strict, the page is sent with the strict Content-Security-Policy
 *   of docs/widget.md, as a hardened site would send it.
 * - The site is offline: WordPress's update checks (which would log warnings
 *   about WordPress.org being unreachable) are not run.
 */
add_action(
	'send_headers',
	static function () {
		if ( isset( $_GET['csp'] ) && 'strict' === $_GET['csp'] ) {
			header( "Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; object-src 'none'; form-action 'none'" );
		}
	}
);

foreach ( array( '_maybe_update_core', '_maybe_update_plugins', '_maybe_update_themes', 'wp_maybe_auto_update' ) as $sorot_test_hook ) {
	remove_action( 'admin_init', $sorot_test_hook );
}
foreach ( array( 'load-plugins.php', 'load-update.php', 'load-update-core.php', 'load-themes.php' ) as $sorot_test_screen ) {
	remove_all_actions( $sorot_test_screen );
}
add_filter( 'pre_site_transient_update_core', '__return_null' );
