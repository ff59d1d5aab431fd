import type { LoaderOptions } from "@medusajs/framework/types"
import { resolveSegmentOptions, type SegmentModuleOptions } from "../options"

/**
 * Checks the plugin's options when the app starts: the service is only
 * built on first use, so a typo would otherwise surface at the first upload
 * or the first scheduled refresh.
 */
export default async function validateSegmentOptions({
  options,
}: LoaderOptions<SegmentModuleOptions>): Promise<void> {
  resolveSegmentOptions(options)
}
