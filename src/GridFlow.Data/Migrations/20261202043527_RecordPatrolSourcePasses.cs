using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GridFlow.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecordPatrolSourcePasses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "patrol_source_passes",
                columns: table => new
                {
                    patrol_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    meters = table.Column<double>(type: "double precision", nullable: false),
                    minutes = table.Column<double>(type: "double precision", nullable: false),
                    km = table.Column<double>(type: "double precision", nullable: false),
                    inside_ratio = table.Column<double>(type: "double precision", nullable: false),
                    max_kmh = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patrol_source_passes", x => new { x.patrol_id, x.source_id });
                    table.ForeignKey(
                        name: "fk_patrol_source_passes_patrols_patrol_id",
                        column: x => x.patrol_id,
                        principalTable: "patrols",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_patrol_source_passes_pollution_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "pollution_sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_patrol_source_passes_source_id_ended_at",
                table: "patrol_source_passes",
                columns: new[] { "source_id", "ended_at" })
                .Annotation("Npgsql:IndexInclude", new[] { "meters", "minutes", "km", "inside_ratio", "max_kmh" });

            // The passes of the patrols finished so far, as SourcePasses records them from now on (within 1 km, geodesic).
            // Written out here, not taken from the code: a migration stays what it was when it ran.
            migrationBuilder.Sql("""
                INSERT INTO patrol_source_passes (source_id, patrol_id, ended_at, meters, minutes, km, inside_ratio, max_kmh)
                SELECT source_id, patrol_id, ended_at, meters, minutes, km, inside_ratio, max_kmh FROM (
                    SELECT s.id AS source_id, p.id AS patrol_id, p.ended_at, p.minutes, p.km, p.inside_ratio, p.max_kmh,
                           ST_Distance(ST_Affine(ST_ClosestPoint(ST_Affine(ST_Force2D(p.track), f.k, 0, 0, 1, 0, 0), ST_Affine(s.location, f.k, 0, 0, 1, 0, 0)),
                                                 1 / f.k, 0, 0, 1, 0, 0)::geography, s.location::geography) AS meters
                    FROM patrols p JOIN pollution_sources s ON s.grid_id = p.grid_id
                    CROSS JOIN LATERAL (SELECT cos(radians(ST_Y(s.location))) AS k) f
                    WHERE p.status = 'finished' AND p.track IS NOT NULL
                      AND ST_DWithin(p.track, s.location, 1000 / (110000.0 * cos(radians(least(abs(ST_Y(s.location)), 89.0)))))) pairs
                WHERE meters <= 1000
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "patrol_source_passes");
        }
    }
}
