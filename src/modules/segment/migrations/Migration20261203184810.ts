import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { insertPredefinedSegments } from "../statements/predefined"

/** Seeds the ten predefined segments, once, when the plugin is installed. */
export class Migration20261203184810 extends Migration {
  override async up(): Promise<void> {
    const statement = insertPredefinedSegments()
    this.addSql(
      this.getKnex()
        .raw(statement.text, [...statement.values])
        .toQuery()
    )
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "segment" where "is_predefined" = true;`)
  }
}
