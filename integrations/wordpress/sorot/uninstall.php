<?php
/**
 * Deleting the plugin removes what it stored: its settings and the per-post
 * on/off switches (on every site of a network).
 *
 * @package Sorot
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

$sorot_sites = is_multisite() ? get_sites(
	array(
		'fields' => 'ids',
		'number' => 0,
	)
) : array( 0 );
foreach ( $sorot_sites as $sorot_site ) {
	if ( $sorot_site ) {
		switch_to_blog( $sorot_site );
	}
	delete_option( 'sorot_settings' );
	delete_post_meta_by_key( '_sorot_off' );
	if ( $sorot_site ) {
		restore_current_blog();
	}
}
