package com.tripavail.media;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Request body that appends one of the caller's stored image uploads to a gallery. */
public record AddImage(@NotNull UUID fileId) {}
