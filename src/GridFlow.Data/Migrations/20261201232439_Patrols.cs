using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;

#nullable disable

namespace GridFlow.Data.Migrations
{
    /// <inheritdoc />
    public partial class Patrols : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.CreateTable(
                name: "patrols",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspector_id = table.Column<Guid>(type: "uuid", nullable: false),
                    grid_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    point_count = table.Column<int>(type: "integer", nullable: false),
                    track = table.Column<LineString>(type: "geometry(LineStringM, 4326)", nullable: true),
                    minutes = table.Column<double>(type: "double precision", nullable: true),
                    km = table.Column<double>(type: "double precision", nullable: true),
                    inside_ratio = table.Column<double>(type: "double precision", nullable: true),
                    max_kmh = table.Column<double>(type: "double precision", nullable: true),
                    valid = table.Column<bool>(type: "boolean", nullable: true),
                    invalid_reasons = table.Column<List<string>>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patrols", x => x.id);
                    table.ForeignKey(
                        name: "fk_patrols_grids_grid_id",
                        column: x => x.grid_id,
                        principalTable: "grids",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_patrols_inspectors_inspector_id",
                        column: x => x.inspector_id,
                        principalTable: "inspectors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "patrol_points",
                columns: table => new
                {
                    patrol_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    lon = table.Column<double>(type: "double precision", nullable: false),
                    lat = table.Column<double>(type: "double precision", nullable: false),
                    accuracy = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_patrol_points", x => new { x.patrol_id, x.at });
                    table.ForeignKey(
                        name: "fk_patrol_points_patrols_patrol_id",
                        column: x => x.patrol_id,
                        principalTable: "patrols",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_issues_reporter_inspector_id_discovered_at",
                table: "issues",
                columns: new[] { "reporter_inspector_id", "discovered_at" });

            migrationBuilder.CreateIndex(
                name: "ix_patrols_grid_id_started_at",
                table: "patrols",
                columns: new[] { "grid_id", "started_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_patrols_inspector_id_started_at",
                table: "patrols",
                columns: new[] { "inspector_id", "started_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_patrols_track",
                table: "patrols",
                column: "track")
                .Annotation("Npgsql:IndexMethod", "gist");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "patrol_points");

            migrationBuilder.DropTable(
                name: "patrols");

            migrationBuilder.DropIndex(
                name: "ix_issues_reporter_inspector_id_discovered_at",
                table: "issues");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");
        }
    }
}
