// CurlGlobal: curl_global_init / curl_global_cleanup.
#include "fetch/curl_global.h"

#include <curl/curl.h>

namespace newsrecon::fetch {

CurlGlobal::CurlGlobal() : ok_(curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK) {}

CurlGlobal::~CurlGlobal() {
  if (ok_) curl_global_cleanup();
}

}  // namespace newsrecon::fetch
