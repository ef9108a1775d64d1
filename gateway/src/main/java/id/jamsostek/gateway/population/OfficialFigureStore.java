package id.jamsostek.gateway.population;

import id.jamsostek.gateway.database.TextArrays;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The uploaded official figures (tables working_population_upload, working_population_figure): an upload is saved
 * whole in one transaction, its figures in one statement; a region and period uploaded again takes the later figure.
 */
@Repository
public class OfficialFigureStore {

    /** One upload as recorded. */
    public record Upload(UUID id, OffsetDateTime uploadedAt, String uploadedBy, String fileSha256, int figures) {}

    private final DatabaseClient db;
    private final TransactionalOperator transaction;

    public OfficialFigureStore(DatabaseClient db, TransactionalOperator transaction) {
        this.db = db;
        this.transaction = transaction;
    }

    public Mono<Upload> save(String uploadedBy, String fileSha256, List<OfficialFigure> figures) {
        return db.sql("""
                        insert into working_population_upload (uploaded_by, file_sha256, figures)
                        values (:by, :sha, :figures) returning id, uploaded_at, uploaded_by, file_sha256, figures
                        """)
                .bind("by", uploadedBy).bind("sha", fileSha256).bind("figures", figures.size())
                .map(OfficialFigureStore::upload)
                .one()
                .flatMap(upload -> db.sql("""
                                insert into working_population_figure (region_code, period, working_population, source,
                                                                       upload_id)
                                select region, period, population::bigint, source, :upload
                                  from unnest(:regions::text[], :periods::text[], :populations::text[],
                                              :sources::text[]) as figure (region, period, population, source)
                                on conflict (region_code, period) do update
                                   set working_population = excluded.working_population, source = excluded.source,
                                       upload_id = excluded.upload_id
                                """)
                        .bind("upload", upload.id())
                        .bind("regions", TextArrays.column(figures, OfficialFigure::region))
                        .bind("periods", TextArrays.column(figures, OfficialFigure::period))
                        .bind("populations", TextArrays.column(figures,
                                figure -> Long.toString(figure.workingPopulation())))
                        .bind("sources", TextArrays.column(figures, OfficialFigure::source))
                        .then().thenReturn(upload))
                .as(transaction::transactional);
    }

    /** Every period's figure of the regions whose code starts with the prefix ("" for all). */
    public Flux<OfficialFigure> within(String prefix) {
        return db.sql("select region_code, period, working_population, source from working_population_figure"
                        + " where region_code like :pattern")
                .bind("pattern", prefix + "%")
                .map(row -> new OfficialFigure(row.get("region_code", String.class), row.get("period", String.class),
                        row.get("working_population", Long.class), row.get("source", String.class)))
                .all();
    }

    /** The provinces (2 digits) with at least one uploaded figure, theirs or of a region inside them. */
    public Flux<String> provinces() {
        return db.sql("select distinct left(region_code, 2) as province from working_population_figure"
                        + " order by province")
                .map(row -> row.get("province", String.class)).all();
    }

    private static Upload upload(Readable row) {
        return new Upload(row.get("id", UUID.class), row.get("uploaded_at", OffsetDateTime.class),
                row.get("uploaded_by", String.class), row.get("file_sha256", String.class),
                row.get("figures", Integer.class));
    }

    /** The latest uploads, newest first. */
    public Flux<Upload> recent(int limit) {
        return db.sql("select id, uploaded_at, uploaded_by, file_sha256, figures from working_population_upload"
                        + " order by uploaded_at desc, id limit :limit")
                .bind("limit", limit)
                .map(OfficialFigureStore::upload)
                .all();
    }
}
