<?php
/**
 * The plugin's settings: one option, `sorot_settings`, always read through
 * sorot_settings() so that every value is known and valid.
 *
 * @package Sorot
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The option that holds the settings (removed by uninstall.php). */
const SOROT_OPTION = 'sorot_settings';

/** Post meta: '1' when the author switched sorot off for that post (removed by uninstall.php). */
const SOROT_META_OFF = '_sorot_off';

/**
 * The annotation layers the widget knows, with their labels.
 *
 * @return array<string, string>
 */
function sorot_layer_choices() {
	return array(
		'entities'    => __( 'People, organizations and places', 'sorot' ),
		'dates'       => __( 'Dates and times', 'sorot' ),
		'quotes'      => __( 'Quotes and who said them', 'sorot' ),
		'boilerplate' => __( 'Boilerplate lines ("Baca juga: …")', 'sorot' ),
	);
}

/**
 * The widget's colour themes.
 *
 * @return array<string, string>
 */
function sorot_theme_choices() {
	return array(
		'auto'  => __( "Follow the reader's system (light or dark)", 'sorot' ),
		'light' => __( 'Light', 'sorot' ),
		'dark'  => __( 'Dark', 'sorot' ),
	);
}

/**
 * Where the summary box goes on a highlighted post.
 *
 * @return array<string, string>
 */
function sorot_summary_choices() {
	return array(
		'after'  => __( 'After the post', 'sorot' ),
		'before' => __( 'Before the post', 'sorot' ),
		'none'   => __( 'Nowhere (use the Sorot summary block or widget)', 'sorot' ),
	);
}

/**
 * The defaults: the widget's own defaults, on posts only.
 *
 * @return array{layers: string[], theme: string, post_types: string[], summary: string}
 */
function sorot_default_settings() {
	return array(
		'layers'     => array( 'entities', 'dates', 'quotes' ),
		'theme'      => 'auto',
		'post_types' => array( 'post' ),
		'summary'    => 'after',
	);
}

/**
 * Cleans a settings array (from the form or the database): unknown keys and
 * values are dropped, missing ones take their default.
 *
 * @param mixed $input Raw settings.
 * @return array{layers: string[], theme: string, post_types: string[], summary: string}
 */
function sorot_sanitize_settings( $input ) {
	$defaults = sorot_default_settings();
	$input    = is_array( $input ) ? $input : array();
	$out      = $defaults;

	$layers = isset( $input['layers'] ) && is_array( $input['layers'] ) ? array_map( 'strval', $input['layers'] ) : null;
	if ( null !== $layers ) {
		$layers        = array_values( array_intersect( array_keys( sorot_layer_choices() ), $layers ) );
		$out['layers'] = $layers ? $layers : $defaults['layers'];
	}
	if ( isset( $input['theme'] ) && array_key_exists( (string) $input['theme'], sorot_theme_choices() ) ) {
		$out['theme'] = (string) $input['theme'];
	}
	if ( isset( $input['post_types'] ) && is_array( $input['post_types'] ) ) {
		$out['post_types'] = array_values( array_filter( array_map( 'sanitize_key', $input['post_types'] ), 'post_type_exists' ) );
	}
	if ( isset( $input['summary'] ) && array_key_exists( (string) $input['summary'], sorot_summary_choices() ) ) {
		$out['summary'] = (string) $input['summary'];
	}
	return $out;
}

/**
 * The current settings, complete and valid.
 *
 * @return array{layers: string[], theme: string, post_types: string[], summary: string}
 */
function sorot_settings() {
	return sorot_sanitize_settings( get_option( SOROT_OPTION, array() ) );
}
