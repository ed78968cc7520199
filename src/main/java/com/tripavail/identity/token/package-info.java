/**
 * Access tokens: the RS256 signing key (from the environment, or generated once for development),
 * the JWKS every still-accepted public key lives in, minting, and the MicroProfile Config source
 * that hands the verification settings to Liberty's mpJwt.
 */
package com.tripavail.identity.token;
