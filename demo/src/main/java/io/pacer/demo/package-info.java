/** The first-run demo data: generated with a fixed seed and loaded through the public REST API. */
package io.pacer.demo;
