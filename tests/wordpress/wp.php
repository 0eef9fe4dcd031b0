<?php
/**
 * Drives the test WordPress site from the command line (Debian has no wp-cli):
 *   php wp.php SITE_DIR install TITLE PASSWORD   installs the site (wp-config.php must exist); user admin
 *   php wp.php SITE_DIR post JSON                creates a post, prints its id:
 *                                                {title, content, type?, date?, meta?: {key: value}}
 *   php wp.php SITE_DIR delete ID…               deletes posts for good
 *   php wp.php SITE_DIR activate|deactivate      the sorot plugin
 *   php wp.php SITE_DIR uninstall                runs the plugin's uninstall, as Plugins → Delete does
 *   php wp.php SITE_DIR option NAME [JSON]       sets an option to JSON (or deletes it with null); prints it
 *   php wp.php SITE_DIR meta POST_ID KEY         prints a post meta value as JSON
 *   php wp.php SITE_DIR theme SLUG               switches the theme
 *   php wp.php SITE_DIR widget SIDEBAR JSON      puts the Sorot summary widget alone into a sidebar
 *   php wp.php SITE_DIR meta-box POST_ID on|off  renders the editor's Sorot box, submits it; prints both
 *   php wp.php SITE_DIR sanitize JSON            prints sorot_sanitize_settings(JSON) as JSON
 * Prints an error and exits 1 on failure.
 */

if ( PHP_SAPI !== 'cli' || $argc < 3 ) {
	fwrite( STDERR, "usage: php wp.php SITE_DIR COMMAND [ARGS]\n" );
	exit( 2 );
}
[ , $site, $command ] = $argv;
$args                 = array_slice( $argv, 3 );
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';

function fail( $message ) {
	fwrite( STDERR, "wp.php: $message\n" );
	exit( 1 );
}

function json_arg( $text ) {
	$value = json_decode( $text, true );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		fail( 'bad JSON: ' . json_last_error_msg() );
	}
	return $value;
}

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
	require $site . '/wp-load.php';
	/** No e-mail about the new site (pluggable; there is no mail server). */
	function wp_new_blog_notification() {}
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$result = wp_install( $args[0] ?? 'sorot', 'admin', 'admin@example.org', false, '', $args[1] ?? wp_generate_password( 24 ) );
	echo 'installed, user ', $result['user_id'], "\n";
	exit( 0 );
}

require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_set_current_user( 1 );
$plugin = 'sorot/sorot.php';

switch ( $command ) {
	case 'post':
		$spec = json_arg( $args[0] ?? '' );
		$id   = wp_insert_post(
			array(
				'post_title'   => $spec['title'],
				'post_content' => $spec['content'],
				'post_type'    => $spec['type'] ?? 'post',
				'post_status'  => 'publish',
				'post_date'    => $spec['date'] ?? current_time( 'mysql' ),
				'meta_input'   => $spec['meta'] ?? array(),
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			fail( $id->get_error_message() );
		}
		echo $id, "\n";
		break;
	case 'delete':
		foreach ( $args as $id ) {
			wp_delete_post( (int) $id, true ) || fail( "post $id not deleted" );
		}
		echo "deleted\n";
		break;
	case 'activate':
		$result = activate_plugin( $plugin, '', false, false );
		if ( is_wp_error( $result ) ) {
			fail( $result->get_error_message() );
		}
		echo is_plugin_active( $plugin ) ? "active\n" : fail( 'not active' );
		break;
	case 'deactivate':
		deactivate_plugins( $plugin );
		echo is_plugin_active( $plugin ) ? fail( 'still active' ) : "inactive\n";
		break;
	case 'uninstall':
		if ( ! is_uninstallable_plugin( $plugin ) ) {
			fail( 'the plugin has no uninstall routine' );
		}
		uninstall_plugin( $plugin );
		echo "uninstalled\n";
		break;
	case 'option':
		if ( count( $args ) > 1 ) {
			$value = json_arg( $args[1] );
			null === $value ? delete_option( $args[0] ) : update_option( $args[0], $value );
		}
		echo wp_json_encode( get_option( $args[0], null ) ), "\n";
		break;
	case 'meta':
		echo wp_json_encode( get_post_meta( (int) $args[0], $args[1], true ) ), "\n";
		break;
	case 'theme':
		switch_theme( $args[0] );
		echo get_stylesheet() === $args[0] ? $args[0] . "\n" : fail( "theme {$args[0]} not active" );
		break;
	case 'widget': // Puts the Sorot summary widget (JSON settings) into a sidebar of the theme.
		$settings = json_arg( $args[1] ?? '{}' );
		update_option( 'widget_sorot_summary', array( 2 => $settings, '_multiwidget' => 1 ) );
		$sidebars             = wp_get_sidebars_widgets();
		$sidebars[ $args[0] ] = array( 'sorot_summary-2' );
		wp_set_sidebars_widgets( $sidebars );
		echo wp_json_encode( wp_get_sidebars_widgets()[ $args[0] ] ), "\n";
		break;
	case 'meta-box': // Renders the editor's Sorot box for a post, then submits it with the box ticked or not.
		$post = get_post( (int) $args[0] );
		ob_start();
		sorot_render_meta_box( $post );
		$box = ob_get_clean();
		$_POST['sorot_meta_box_nonce'] = wp_create_nonce( 'sorot_meta_box' );
		if ( 'on' === ( $args[1] ?? '' ) ) {
			$_POST['sorot_on'] = '1';
		}
		wp_update_post( array( 'ID' => $post->ID ) );
		echo wp_json_encode( array( 'box' => $box, 'off' => get_post_meta( $post->ID, SOROT_META_OFF, true ) ) ), "\n";
		break;
	case 'sanitize':
		echo wp_json_encode( sorot_sanitize_settings( json_arg( $args[0] ?? 'null' ) ) ), "\n";
		break;
	default:
		fail( "unknown command $command" );
}
