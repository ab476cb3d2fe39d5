/**
 * What the admin's upload routes accept, shared by the routes and the forms (which check sizes in
 * the browser before sending anything).
 */
const MB = 1024 * 1024;

/** Posts and zips for the importer (/admin/import/upload). */
export const IMPORT_UPLOAD_LIMITS = {
  fileBytes: 32 * MB,
  // The files plus the form's own framing.
  totalBytes: 32 * MB + 64 * 1024,
  files: 100,
};

/** Images for the media library (/admin/media/upload). */
export const MEDIA_UPLOAD_LIMITS = {
  fileBytes: 10 * MB,
  totalBytes: 40 * MB + 64 * 1024,
  files: 20,
};
