import { Module } from "@medusajs/framework/utils"
import SegmentModuleService from "./service"

export const SEGMENT_MODULE = "segment"

export default Module(SEGMENT_MODULE, {
  service: SegmentModuleService,
})

export type { SegmentModuleOptions } from "./service"
export { default as SegmentModuleService } from "./service"
