/** Notifications: the outbox written in the transaction of the change it announces (dispatch is a later issue). */
package com.tripavail.notification;
