<?php
/**
 * Plugin Name:       Sorot
 * Description:       Highlights people, organizations, places, dates and quotes in Indonesian news posts, in the reader's browser (WebAssembly; no text leaves the page).
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The sorot authors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       sorot
 *
 * Strings are translatable (text domain sorot; WordPress loads
 * wp-content/languages/plugins/sorot-LOCALE.mo by itself).
 *
 * @package Sorot
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'SOROT_VERSION', '0.1.0' );
define( 'SOROT_FILE', __FILE__ );
define( 'SOROT_DIR', plugin_dir_path( __FILE__ ) );

require_once SOROT_DIR . 'includes/options.php';
require_once SOROT_DIR . 'includes/frontend.php';
require_once SOROT_DIR . 'includes/summary.php';
require_once SOROT_DIR . 'includes/post-meta.php';
if ( is_admin() ) {
	require_once SOROT_DIR . 'includes/settings-page.php';
}
