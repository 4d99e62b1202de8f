package io.cartlog.command.common;

import io.cartlog.events.common.Ids;
import io.cartlog.platform.web.ApiException;

/**
 * Checks that an id in a mutation's path names the resource of its route. Axon's event store
 * does not check an aggregate's type on load, so without this an update sent to
 * {@code /admin/sales-channels/reg_…} would replay a region's events into a sales channel and
 * append to the region's stream.
 */
public final class PathIds {

    private PathIds() {
    }

    public static String require(String prefix, String id) {
        if (id.startsWith(prefix + "_") && id.length() > prefix.length() + 1) {
            return id;
        }
        String resource = Ids.resourceOf(prefix + "_").orElseThrow();
        String name = Character.toUpperCase(resource.charAt(0)) + resource.substring(1).replace('_', ' ');
        throw ApiException.notFound(resource + "_not_found", name + " with id '" + id + "' not found");
    }
}
