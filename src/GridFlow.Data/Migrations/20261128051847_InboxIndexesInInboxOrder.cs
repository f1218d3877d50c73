using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GridFlow.Data.Migrations
{
    /// <inheritdoc />
    public partial class InboxIndexesInInboxOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_workflow_tasks_assignee_inspector_id_status",
                table: "workflow_tasks");

            migrationBuilder.DropIndex(
                name: "ix_workflow_tasks_assignee_role_assignee_region_id_status",
                table: "workflow_tasks");

            migrationBuilder.DropIndex(
                name: "ix_workflow_tasks_assignee_user_id_status",
                table: "workflow_tasks");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_inbox_inspector",
                table: "workflow_tasks",
                columns: new[] { "assignee_inspector_id", "status", "due_at", "created_at", "id" },
                filter: "assignee_inspector_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_inbox_role",
                table: "workflow_tasks",
                columns: new[] { "assignee_role", "assignee_region_id", "status", "due_at", "created_at", "id" },
                filter: "assignee_role IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_inbox_user",
                table: "workflow_tasks",
                columns: new[] { "assignee_user_id", "status", "due_at", "created_at", "id" },
                filter: "assignee_user_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_workflow_tasks_inbox_inspector",
                table: "workflow_tasks");

            migrationBuilder.DropIndex(
                name: "ix_workflow_tasks_inbox_role",
                table: "workflow_tasks");

            migrationBuilder.DropIndex(
                name: "ix_workflow_tasks_inbox_user",
                table: "workflow_tasks");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_assignee_inspector_id_status",
                table: "workflow_tasks",
                columns: new[] { "assignee_inspector_id", "status" },
                filter: "assignee_inspector_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_assignee_role_assignee_region_id_status",
                table: "workflow_tasks",
                columns: new[] { "assignee_role", "assignee_region_id", "status" },
                filter: "assignee_role IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_assignee_user_id_status",
                table: "workflow_tasks",
                columns: new[] { "assignee_user_id", "status" },
                filter: "assignee_user_id IS NOT NULL");
        }
    }
}
