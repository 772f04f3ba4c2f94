package vn.antt.selfmanaged;

/**
 * What the models list shows. {@code newIn}, {@code activeIn} and {@code quality} refer to years; the counters above
 * the list use only the search, commune, type and host parts.
 */
public record ModelFilter(String q, Long communeId, Long typeId, ModelStatus status, Integer newIn, Integer activeIn,
                          ModelQuality quality, Integer qualityYear, Long hostId) {

    public static ModelFilter all() {
        return new ModelFilter(null, null, null, null, null, null, null, null, null);
    }
}
