using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GridFlow.Data.Migrations
{
    /// <inheritdoc />
    public partial class DropPatrolPointsForeignKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_patrol_points_patrols_patrol_id",
                table: "patrol_points");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "fk_patrol_points_patrols_patrol_id",
                table: "patrol_points",
                column: "patrol_id",
                principalTable: "patrols",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
