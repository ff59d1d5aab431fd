import {
  validateAndTransformBody,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/**
 * `validateAndTransformBody`, but a body that is no JSON object (an array,
 * or text sent as `text/plain`) is told so, where Medusa would answer
 * "Field '' is required". A request without a body validates as `{}`.
 */
export function validateBody(schema: z.ZodType) {
  const validate = validateAndTransformBody(schema)
  return (
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    const body: unknown = req.body ?? {}
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "The request body must be a JSON object, sent as application/json"
        )
      )
    }
    req.body = body
    return validate(req, res, next)
  }
}
