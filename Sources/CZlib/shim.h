// The system's zlib (Debian: zlib1g-dev), for QDSLWorkbook's zip reader and writer.
#include <zlib.h>
