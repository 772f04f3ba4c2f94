package vn.antt.certification;

import java.time.LocalDate;

/**
 * Giấy công nhận: what one recognised unit's certificate prints.
 *
 * @param headerName   the issuing body in capitals, e.g. "ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA"
 * @param placeName    where it is signed: the town's place, or the commune ("Phường Ninh Thủy", printed "Ninh Thủy")
 * @param decisionLine e.g. "Quyết định số 2580/QĐ-UBND ngày 20/12/2022"
 */
public record Certificate(String headerName, String placeName, LocalDate signedOn, String unitName, String unitPlace,
                          int year, String decisionLine, String signerTitle, String signerName) {
}
