import { extension } from "mime-types"
import type { ResolvedSegmentOptions } from "./options"

/**
 * What a segment file may be: its type and size within the plugin's options,
 * a name that is only ever shown, never used as a path, and a storage key the
 * plugin makes up itself.
 */
export type FileRules = Pick<
  ResolvedSegmentOptions,
  "maxFileSizeBytes" | "allowedFileTypes"
>

/** A file as it arrives, before anything is stored. */
export type IncomingFile = { name: string; mime_type: string; size: number }

/** The longest name kept; a longer one is cut, keeping its extension. */
export const MAX_FILE_NAME_LENGTH = 255

/** The folder of the File Module's storage that segment files go to. */
export const STORAGE_FOLDER = "segment-files"

// Line breaks and tabs read as spaces; other controls (C0, DEL, C1) and the
// bidirectional marks and overrides, which can make "gpj.exe" read as
// "exe.jpg", are dropped.
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g
const UNPRINTABLE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu
const HALF_PAIRS = /\p{Surrogate}/gu

const characters = (text: string) => Array.from(text)

/** "10 MB", "1.5 KB", "512 bytes": sizes as an admin reads them. */
export function describeSize(bytes: number): string {
  const units = ["KB", "MB", "GB"]
  let value = bytes
  let unit = "bytes"
  for (const next of units) {
    if (value < 1024) {
      break
    }
    value /= 1024
    unit = next
  }
  const rounded = Math.round(value * 10) / 10
  return `${rounded} ${unit === "bytes" && rounded === 1 ? "byte" : unit}`
}

/** "application/pdf (.pdf), image/png (.png), …" */
export function describeTypes(types: string[]): string {
  return types
    .map((type) => {
      const ext = extension(type)
      return ext ? `${type} (.${ext})` : type
    })
    .join(", ")
}

export function fileTooLarge(name: string, rules: FileRules): string {
  return `File ${JSON.stringify(name)} is too large: a segment file can be at most ${describeSize(rules.maxFileSizeBytes)} (${rules.maxFileSizeBytes} bytes).`
}

export function fileTypeNotAllowed(
  name: string,
  mimeType: string,
  rules: FileRules
): string {
  return `File ${JSON.stringify(name)} is of type ${mimeType || "unknown"}, which a segment file can't be. Allowed types: ${describeTypes(rules.allowedFileTypes)}.`
}

// NOTE: the type is the one the admin's browser declares for the file (from
// its extension); the content is not inspected. The stored object's
// extension comes from that type, so the storage serves it as an allowed
// type whatever it holds.
export function isAllowedType(mimeType: string, rules: FileRules): boolean {
  return rules.allowedFileTypes.includes(mimeType.trim().toLowerCase())
}

/** Why this file can't be a segment file, or null when it can. */
export function refusalOf(file: IncomingFile, rules: FileRules): string | null {
  if (!isAllowedType(file.mime_type, rules)) {
    return fileTypeNotAllowed(file.name, file.mime_type, rules)
  }
  if (file.size > rules.maxFileSizeBytes) {
    return fileTooLarge(file.name, rules)
  }
  if (file.size <= 0) {
    return `File ${JSON.stringify(file.name)} is empty.`
  }
  return null
}

/** The extension the storage gets for a type: from the type, never the name. */
function extensionOf(mimeType: string): string {
  const ext = extension(mimeType.trim().toLowerCase())
  return ext ? `.${ext}` : ""
}

/** Text without control characters, bidirectional overrides or half pairs. */
function printable(text: string): string {
  return text
    .replace(HALF_PAIRS, "\ufffd")
    .normalize("NFC")
    .replace(BREAKS, " ")
    .replace(UNPRINTABLE, "")
}

/** Cuts a name to the longest kept, keeping a short extension whole. */
function shortened(name: string): string {
  const chars = characters(name)
  if (chars.length <= MAX_FILE_NAME_LENGTH) {
    return name
  }
  const dot = name.lastIndexOf(".")
  const ext = dot > 0 ? characters(name.slice(dot)) : []
  const kept = ext.length <= 16 ? ext : []
  return (
    chars
      .slice(0, MAX_FILE_NAME_LENGTH - kept.length)
      .join("")
      .trimEnd() + kept.join("")
  )
}

/**
 * The name shown for an uploaded file: the last part of what the browser
 * sent (RFC 7578 asks receivers to drop any directory), printable, at most
 * 255 characters. A name with nothing left becomes "file" with the type's
 * extension.
 */
export function displayNameOf(original: string, mimeType: string): string {
  const base = printable(original).split(/[\\/]/).pop()!.trim()
  if (!base || base === "." || base === "..") {
    return `file${extensionOf(mimeType)}`
  }
  return shortened(base)
}

/**
 * What is wrong with a name an admin renames a file to, or null. Unlike an
 * upload's name, which is cleaned, a typed name is refused when it is wrong.
 */
export function fileNameProblem(name: string): string | null {
  if (!name) {
    return "can't be blank"
  }
  if (characters(name).length > MAX_FILE_NAME_LENGTH) {
    return `can be at most ${MAX_FILE_NAME_LENGTH} characters long`
  }
  if (printable(name) !== name.normalize("NFC")) {
    return "must not contain control characters or text-direction marks"
  }
  if (/[\\/]/.test(name)) {
    return "must be a file name, without '/' or '\\'"
  }
  if (name === "." || name === "..") {
    return "can't be '.' or '..'"
  }
  return null
}

/**
 * The name a file is stored under, made up by the plugin: the segment
 * file's id and the extension of its type, in the plugin's folder. Nothing
 * of the name an admin's browser sent reaches the storage.
 */
export function storageNameOf(segmentFileId: string, mimeType: string): string {
  return `${STORAGE_FOLDER}/${segmentFileId}${extensionOf(mimeType)}`
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname
  } catch {
    return null
  }
}

function isLoopback(host: string): boolean {
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host === "[::1]" ||
    host === "0.0.0.0" ||
    /^127\.\d+\.\d+\.\d+$/.test(host)
  )
}

/**
 * A warning when the File Module answered a URL on this machine although
 * the app says it is served at a public address (`admin.backendUrl`, from
 * MEDUSA_BACKEND_URL): no customer could open that URL. The local file
 * provider does this unless its `backend_url` option is set.
 */
export function unreachableUrlWarning(
  fileUrl: string,
  publicUrl: string | undefined
): string | null {
  const fileHost = hostOf(fileUrl)
  const publicHost = publicUrl ? hostOf(publicUrl) : null
  if (!fileHost || !publicHost || !isLoopback(fileHost)) {
    return null
  }
  if (isLoopback(publicHost)) {
    return null
  }
  const staticUrl = `${publicUrl!.replace(/\/+$/, "")}/static`
  return `Segment file stored at ${fileUrl}, which customers can't open: the app is served at ${publicUrl}. Set the URL option of the File Module's provider, for the local provider backend_url: "${staticUrl}".`
}
