/**
 * Cross-cutting concerns only, each in one place: problem+json errors, request ids and request
 * logging, JSON binding rules, body limits, configuration, Redis access.
 */
package com.tripavail.platform;
