<?php
/**
 * The summary box (<sorot-summary>: people, places, organizations and quote
 * speakers of the article, each a button to its first mention), in three
 * forms: placed automatically (settings), the "Sorot summary" block, the
 * classic "Sorot summary" widget, and the [sorot_summary] shortcode.
 *
 * @package Sorot
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The summary element for an article.
 *
 * @param string $for The id of its <sorot-article> ('' = the page's first).
 * @return string
 */
function sorot_summary_html( $for = '' ) {
	return sprintf(
		'<sorot-summary%s theme="%s"></sorot-summary>',
		'' === $for ? '' : ' for="' . esc_attr( $for ) . '"',
		esc_attr( sorot_settings()['theme'] )
	);
}

/**
 * The summary of the post this page shows, for a block or widget outside the
 * post's content; '' when the page highlights no post.
 *
 * @return string
 */
function sorot_page_summary_html() {
	if ( ! sorot_is_article_view() ) {
		return '';
	}
	sorot_enqueue_widget();
	return sorot_summary_html( sorot_article_id( get_queried_object_id() ) );
}

/**
 * [sorot_summary for="element-id"]: the box wherever the author puts it
 * (default: the first highlighted article of the page).
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function sorot_summary_shortcode( $atts ) {
	$atts = shortcode_atts( array( 'for' => '' ), $atts, 'sorot_summary' );
	sorot_enqueue_widget();
	return sorot_summary_html( sanitize_html_class( $atts['for'] ) );
}
add_shortcode( 'sorot_summary', 'sorot_summary_shortcode' );

add_action(
	'init',
	static function () {
		register_block_type( SOROT_DIR . 'blocks/summary' );
	}
);

/** The classic widget, for themes with widget areas (sidebars). */
class Sorot_Summary_Widget extends WP_Widget {

	/** Registers the widget's name and description. */
	public function __construct() {
		parent::__construct(
			'sorot_summary',
			__( 'Sorot summary', 'sorot' ),
			array(
				'description'           => __( 'People, places, organizations and quotes of the highlighted post.', 'sorot' ),
				'show_instance_in_rest' => true,
			)
		);
	}

	/**
	 * Prints the widget on a page that highlights a post (nothing elsewhere).
	 *
	 * @param array $args     Sidebar markup (before_widget, …).
	 * @param array $instance The widget's settings.
	 */
	public function widget( $args, $instance ) {
		$box = sorot_page_summary_html();
		if ( '' === $box ) {
			return;
		}
		$title = isset( $instance['title'] ) ? (string) $instance['title'] : '';
		$title = apply_filters( 'widget_title', $title, $instance, $this->id_base );
		echo $args['before_widget']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- the theme's own markup.
		if ( '' !== $title ) {
			echo $args['before_title'] . esc_html( $title ) . $args['after_title']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- the theme's own markup.
		}
		echo $box; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built with esc_attr in sorot_summary_html().
		echo $args['after_widget']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- the theme's own markup.
	}

	/**
	 * The widget's form: an optional title.
	 *
	 * @param array $instance The widget's settings.
	 * @return string
	 */
	public function form( $instance ) {
		$title = isset( $instance['title'] ) ? (string) $instance['title'] : '';
		printf(
			'<p><label for="%1$s">%2$s</label> <input class="widefat" id="%1$s" name="%3$s" type="text" value="%4$s"></p>',
			esc_attr( $this->get_field_id( 'title' ) ),
			esc_html__( 'Title (optional; the box has its own heading):', 'sorot' ),
			esc_attr( $this->get_field_name( 'title' ) ),
			esc_attr( $title )
		);
		return '';
	}

	/**
	 * Saves the form.
	 *
	 * @param array $new_instance Submitted settings.
	 * @param array $old_instance Previous settings.
	 * @return array
	 */
	public function update( $new_instance, $old_instance ) {
		return array( 'title' => isset( $new_instance['title'] ) ? sanitize_text_field( $new_instance['title'] ) : '' );
	}
}

add_action(
	'widgets_init',
	static function () {
		register_widget( 'Sorot_Summary_Widget' );
	}
);
