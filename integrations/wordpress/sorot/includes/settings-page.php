<?php
/**
 * Settings → Sorot: layers, theme, post types highlighted automatically, and
 * where the summary box goes.
 *
 * @package Sorot
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action(
	'admin_init',
	static function () {
		register_setting(
			'sorot',
			SOROT_OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => 'sorot_sanitize_settings',
				'default'           => sorot_default_settings(),
			)
		);
		add_settings_section( 'sorot_main', '', '__return_false', 'sorot' );
		// WordPress prints these labels as they are: escaped here.
		$fields = array(
			'layers'     => esc_html__( 'What to highlight', 'sorot' ),
			'theme'      => esc_html__( 'Colours', 'sorot' ),
			'post_types' => esc_html__( 'Highlight automatically', 'sorot' ),
			'summary'    => esc_html__( 'Summary box', 'sorot' ),
		);
		foreach ( $fields as $key => $label ) {
			add_settings_field( 'sorot_' . $key, $label, 'sorot_settings_field', 'sorot', 'sorot_main', array( 'key' => $key ) );
		}
	}
);

add_action(
	'admin_menu',
	static function () {
		add_options_page( __( 'Sorot', 'sorot' ), esc_html__( 'Sorot', 'sorot' ), 'manage_options', 'sorot', 'sorot_render_settings_page' );
	}
);

add_filter(
	'plugin_action_links_' . plugin_basename( SOROT_FILE ),
	static function ( $links ) {
		$url = admin_url( 'options-general.php?page=sorot' );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'sorot' ) . '</a>' );
		return $links;
	}
);

/**
 * A list of checkboxes (multiple) or radio buttons (one) for a setting.
 *
 * @param string               $key      The setting.
 * @param array<string,string> $choices  Value → label.
 * @param string[]             $selected The selected values.
 * @param bool                 $multiple Checkboxes rather than radio buttons.
 */
function sorot_choice_list( $key, $choices, $selected, $multiple ) {
	$name = SOROT_OPTION . '[' . $key . ']' . ( $multiple ? '[]' : '' );
	echo '<fieldset>';
	if ( $multiple ) { // An empty value, so that clearing every box is saved too.
		printf( '<input type="hidden" name="%s" value="">', esc_attr( $name ) );
	}
	foreach ( $choices as $value => $label ) {
		printf(
			'<label><input type="%s" name="%s" value="%s"%s> %s</label><br>',
			$multiple ? 'checkbox' : 'radio',
			esc_attr( $name ),
			esc_attr( $value ),
			checked( in_array( (string) $value, $selected, true ), true, false ),
			esc_html( $label )
		);
	}
	echo '</fieldset>';
}

/**
 * One settings field.
 *
 * @param array{key: string} $args Which field.
 */
function sorot_settings_field( $args ) {
	$settings = sorot_settings();
	switch ( $args['key'] ) {
		case 'layers':
			sorot_choice_list( 'layers', sorot_layer_choices(), $settings['layers'], true );
			break;
		case 'theme':
			sorot_choice_list( 'theme', sorot_theme_choices(), array( $settings['theme'] ), false );
			break;
		case 'post_types':
			$types = array();
			foreach ( get_post_types( array( 'public' => true ), 'objects' ) as $type ) {
				if ( 'attachment' !== $type->name ) {
					$types[ $type->name ] = $type->labels->name;
				}
			}
			sorot_choice_list( 'post_types', $types, $settings['post_types'], true );
			echo '<p class="description">' . esc_html__( 'Each post of these types is highlighted unless its author switches it off in the Sorot box of the editor. Elsewhere, wrap part of a post in [sorot]…[/sorot].', 'sorot' ) . '</p>';
			break;
		case 'summary':
			sorot_choice_list( 'summary', sorot_summary_choices(), array( $settings['summary'] ), false );
			break;
	}
}

/** The settings page. */
function sorot_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( "Sorot highlights people, organizations, places, dates and quotes in Indonesian news posts. It runs in the reader's browser: no text is sent anywhere.", 'sorot' ) . '</p>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'sorot' );
	do_settings_sections( 'sorot' );
	submit_button();
	echo '</form></div>';
}
