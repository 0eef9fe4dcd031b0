<?php
/**
 * On/off per post: a box in the post editor ("Highlight this post"), stored
 * as the post meta _sorot_off = '1' when switched off.
 *
 * @package Sorot
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action(
	'init',
	static function () {
		register_meta(
			'post',
			SOROT_META_OFF,
			array(
				'type'          => 'string',
				'single'        => true,
				'show_in_rest'  => false,
				'auth_callback' => static function ( $allowed, $meta_key, $post_id ) {
					return current_user_can( 'edit_post', $post_id );
				},
			)
		);
	}
);

add_action(
	'add_meta_boxes',
	static function ( $post_type ) {
		if ( ! in_array( $post_type, sorot_settings()['post_types'], true ) ) {
			return;
		}
		add_meta_box( 'sorot', esc_html__( 'Sorot', 'sorot' ), 'sorot_render_meta_box', $post_type, 'side', 'default' );
	}
);

/**
 * The box: one checkbox.
 *
 * @param WP_Post $post The post being edited.
 */
function sorot_render_meta_box( $post ) {
	wp_nonce_field( 'sorot_meta_box', 'sorot_meta_box_nonce' );
	printf(
		'<label><input type="checkbox" name="sorot_on" value="1"%s> %s</label>',
		checked( '1' !== get_post_meta( $post->ID, SOROT_META_OFF, true ), true, false ),
		esc_html__( 'Highlight people, places, dates and quotes in this post', 'sorot' )
	);
}

add_action(
	'save_post',
	static function ( $post_id ) {
		if ( ! isset( $_POST['sorot_meta_box_nonce'] )
			|| ! wp_verify_nonce( sanitize_text_field( wp_unslash( $_POST['sorot_meta_box_nonce'] ) ), 'sorot_meta_box' )
			|| ( defined( 'DOING_AUTOSAVE' ) && DOING_AUTOSAVE )
			|| ! current_user_can( 'edit_post', $post_id ) ) {
			return;
		}
		if ( empty( $_POST['sorot_on'] ) ) {
			update_post_meta( $post_id, SOROT_META_OFF, '1' );
		} else {
			delete_post_meta( $post_id, SOROT_META_OFF );
		}
	}
);
