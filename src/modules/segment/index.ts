import { Module } from "@medusajs/framework/utils"
import validateSegmentOptions from "./loaders/validate-options"
import SegmentModuleService from "./service"

export const SEGMENT_MODULE = "segment"

export default Module(SEGMENT_MODULE, {
  service: SegmentModuleService,
  loaders: [validateSegmentOptions],
})

export type { SegmentModuleOptions } from "./options"
export { default as SegmentModuleService } from "./service"
