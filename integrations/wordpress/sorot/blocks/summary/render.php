<?php
/**
 * The "Sorot summary" block on the page: the summary of the highlighted post
 * (nothing on a page that highlights none).
 *
 * @package Sorot
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$sorot_box = sorot_page_summary_html();
if ( '' !== $sorot_box ) {
	printf(
		'<div %s>%s</div>',
		get_block_wrapper_attributes(), // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress.
		$sorot_box // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built with esc_attr in sorot_summary_html().
	);
}
