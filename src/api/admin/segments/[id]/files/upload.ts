import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import multer from "multer"
import {
  displayNameOf,
  fileTooLarge,
  fileTypeNotAllowed,
  isAllowedType,
  type FileRules,
} from "../../../../../modules/segment/files"
import { retrieveAdminSegment, segmentService } from "../../helpers"

/** The field that carries the files, as in Medusa's own `/admin/uploads`. */
export const FILES_FIELD = "files"

/**
 * How many files one request can carry. Multer holds them in memory until
 * the File Module has stored them, like Medusa's own upload route does.
 */
export const MAX_FILES_PER_UPLOAD = 10

type Parser = (
  req: MedusaRequest,
  res: MedusaResponse,
  next: (error?: unknown) => void
) => void

/** A refusal decided while the body is read, with its status code. */
class UploadRefusal extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

const parsers = new WeakMap<FileRules, Parser>()

/**
 * A multer parser for these rules: a file of a type not allowed stops the
 * upload as soon as its part begins, and one over the size limit as soon as
 * it passes the limit, so neither is read to the end nor stored.
 */
function parserFor(rules: FileRules): Parser {
  let parser = parsers.get(rules)
  if (!parser) {
    parser = multer({
      storage: multer.memoryStorage(),
      // Browsers send file names as UTF-8 without saying so.
      defParamCharset: "utf8",
      // The whole name as sent: the plugin cleans it and never uses it as a
      // path, whereas the parser's own cleaning drops a file named ".."
      // without a word.
      preservePath: true,
      limits: {
        fileSize: rules.maxFileSizeBytes,
        files: MAX_FILES_PER_UPLOAD,
        fields: 10,
        fieldSize: 64 * 1024,
      },
      fileFilter: (_req, file, accept) => {
        if (isAllowedType(file.mimetype, rules)) {
          return accept(null, true)
        }
        const name = displayNameOf(file.originalname, file.mimetype)
        accept(
          new UploadRefusal(415, fileTypeNotAllowed(name, file.mimetype, rules))
        )
      },
    }).array(FILES_FIELD, MAX_FILES_PER_UPLOAD) as unknown as Parser
    parsers.set(rules, parser)
  }
  return parser
}

/** The status and message an upload that could not be taken is answered. */
function refusalOf(
  error: unknown,
  rules: FileRules
): { status: number; message: string } {
  if (error instanceof UploadRefusal) {
    return { status: error.status, message: error.message }
  }
  if (error instanceof multer.MulterError) {
    switch (error.code) {
      case "LIMIT_FILE_SIZE": {
        // Multer names the file; its typings don't say so.
        const { filename } = error as { filename?: string }
        const name = displayNameOf(filename ?? "", "")
        return { status: 413, message: fileTooLarge(name, rules) }
      }
      case "LIMIT_FILE_COUNT":
        return {
          status: 400,
          message: `At most ${MAX_FILES_PER_UPLOAD} files can be uploaded at once`,
        }
      case "LIMIT_UNEXPECTED_FILE":
        return {
          status: 400,
          message:
            error.field === FILES_FIELD
              ? `At most ${MAX_FILES_PER_UPLOAD} files can be uploaded at once`
              : `Files go in the field '${FILES_FIELD}', not '${error.field ?? ""}'`,
        }
    }
  }
  const reason = error instanceof Error ? `: ${error.message}` : ""
  return {
    status: 400,
    message: `The upload could not be read${reason}. Send the files as multipart/form-data in the field '${FILES_FIELD}'.`,
  }
}

/**
 * Reads the files of a multipart upload into `req.files`, or answers why it
 * can't take them: 415 for a type not allowed, 413 for a file over the
 * limit, 400 for anything else it can't read. Nothing is stored either way.
 * A request that is no multipart body passes through without files.
 */
export async function parseSegmentFileUpload(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
): Promise<void> {
  // An unknown segment is answered before any file is read.
  try {
    await retrieveAdminSegment(req.scope, req.params.id)
  } catch (error) {
    return next(error)
  }
  const rules = segmentService(req.scope).getOptions()
  parserFor(rules)(req, res, (error?: unknown) => {
    if (!error) {
      return next()
    }
    const { status, message } = refusalOf(error, rules)
    res.status(status).json({ type: "invalid_data", message })
  })
}
