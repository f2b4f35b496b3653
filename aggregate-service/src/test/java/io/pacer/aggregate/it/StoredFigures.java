package io.pacer.aggregate.it;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.pacer.aggregate.store.Documents;
import io.pacer.aggregate.store.FigureStore;
import org.bson.Document;

/** Reads a region's figure as stored: inside the ranking document of its group. */
final class StoredFigures {

    private StoredFigures() {
    }

    static Document find(MongoDatabase database, String region, String indicator, String period) {
        for (Document ranking : database.getCollection(FigureStore.RANKINGS).find(Filters.and(
                Filters.eq("indicator", indicator), Filters.eq("period", period)))) {
            for (Document figure : Documents.figuresOf(ranking)) {
                if (region.equals(figure.getString("regionId"))) {
                    return figure;
                }
            }
        }
        return null;
    }
}
