package io.cartlog.command.product;

import java.util.List;

/** An option as a client sends it ({@code {"title": "Size", "values": ["S", "M"]}}); an id names an existing one. */
public record OptionDraft(String id, String title, List<String> values) {
}
