import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { unreachableUrlWarning } from "../../modules/segment/files"

export const checkFileUrlsStepId = "check-segment-file-urls"

/**
 * Warns in the log when the File Module answered URLs that point at this
 * machine while the app says it is served at a public address: customers
 * would get links they can't open. The files are kept; the fix is in the
 * File Module's configuration.
 */
export const checkFileUrlsStep = createStep(
  checkFileUrlsStepId,
  async (urls: string[], { container }) => {
    const { admin } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const warning = urls
      .map((url) => unreachableUrlWarning(url, admin?.backendUrl))
      .find(Boolean)
    if (warning) {
      logger.warn(warning)
    }
    return new StepResponse(undefined)
  }
)
