/**
 * Identity: accounts and roles, password hashing, login, access-token issuing and refresh-token
 * rotation with reuse detection, and the first administrator.
 */
package com.tripavail.identity;
