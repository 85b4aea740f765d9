// Finding the files to read: `oftrack ingest PATH...` takes files and folders.
// Folders are walked recursively in sorted order; only .pdf, .txt and .md files
// are taken (case-insensitive). Symlink loops and unreadable folders become
// errors, never a hang or a silent skip.
#ifndef OFTRACK_INGEST_INPUT_FILES_H_
#define OFTRACK_INGEST_INPUT_FILES_H_

#include <string>
#include <vector>

#include "model/status.h"

namespace oftrack {

struct InputFile {
  std::string path;          // path to open
  std::string display_path;  // path as found under the PATH argument ("ofsted-reports/x.pdf" for a folder argument "…/ofsted-reports")
};

// Expands PATHs into files. A PATH that is a file is taken whatever its
// extension (so a user can point at a misnamed file and get a clear error).
// Problems (missing path, loop, permission) are appended to *errors.
std::vector<InputFile> FindInputFiles(const std::vector<std::string>& paths, std::vector<Status>* errors);

}  // namespace oftrack

#endif  // OFTRACK_INGEST_INPUT_FILES_H_
