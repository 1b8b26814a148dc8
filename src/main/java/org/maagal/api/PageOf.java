package org.maagal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.data.domain.Page;

/**
 * One page of a list that grows with time: its items in the list's documented order, and how many
 * items the whole list holds for this caller. Every list of the API that grows answers this way.
 */
public record PageOf<T>(
    @Schema(description = "The items of this page, in the list's order") List<T> items,
    @Schema(description = "This page, counted from 0") int page,
    @Schema(description = "The page size asked for; the last page may hold fewer items") int size,
    @Schema(description = "How many items the whole list holds for the caller") long total) {

  /** A page that Spring Data read from a table. */
  public static <T> PageOf<T> of(Page<T> page) {
    return new PageOf<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
  }

  /** A page read with the engine's {@code listPage} and its total with {@code count}. */
  public static <T> PageOf<T> of(List<T> items, PageQuery query, long total) {
    return new PageOf<>(List.copyOf(items), query.page(), query.size(), total);
  }
}
