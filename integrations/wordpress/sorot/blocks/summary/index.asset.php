<?php
/**
 * Dependencies of the block's editor script (plain JavaScript, no build step).
 *
 * @package Sorot
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-element', 'wp-i18n' ),
	'version'      => '0.1.0',
);
