package vn.antt.infrastructure.excel;

/** Why a cell of an imported row was refused: the column's header key and a message key with its arguments. */
public record CellProblem(String headerKey, String messageKey, Object... args) {
}
