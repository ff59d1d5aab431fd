import {
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

type QueryConfig = Parameters<typeof validateAndTransformQuery>[1]

/**
 * `validateAndTransformQuery`, but a query it can't even read (a key nested
 * more than two levels, e.g. `?a.b.c=1`) is the caller's mistake: 400, where
 * Medusa answers 500 because it throws an INVALID_ARGUMENT error.
 */
export function validateQuery(schema: z.ZodType, config: QueryConfig) {
  const validate = validateAndTransformQuery(schema, config)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    validate(req, res, (error?: unknown) => {
      if (
        error instanceof MedusaError &&
        error.type === MedusaError.Types.INVALID_ARGUMENT
      ) {
        return next(
          new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `Invalid request: ${error.message}`
          )
        )
      }
      next(error)
    })
}
