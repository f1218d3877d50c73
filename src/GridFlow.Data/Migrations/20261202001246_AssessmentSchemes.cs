using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GridFlow.Data.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentSchemes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessment_schemes",
                columns: table => new
                {
                    scheme_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    region_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    document = table.Column<string>(type: "jsonb", nullable: false),
                    file_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessment_schemes", x => new { x.scheme_id, x.version });
                });

            migrationBuilder.CreateIndex(
                name: "ix_assessment_schemes_scheme_id_status",
                table: "assessment_schemes",
                columns: new[] { "scheme_id", "status" },
                unique: true,
                filter: "status IN ('draft', 'published')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_schemes");
        }
    }
}
