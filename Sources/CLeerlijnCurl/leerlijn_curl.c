#include "leerlijn_curl.h"

CURLcode leerlijn_curl_set_long(CURL *handle, CURLoption option, long value) { return curl_easy_setopt(handle, option, value); }
CURLcode leerlijn_curl_set_pointer(CURL *handle, CURLoption option, const void *value) { return curl_easy_setopt(handle, option, value); }
CURLcode leerlijn_curl_set_callback(CURL *handle, CURLoption option, leerlijn_curl_callback callback) { return curl_easy_setopt(handle, option, callback); }
CURLcode leerlijn_curl_get_long(CURL *handle, CURLINFO info, long *value) { return curl_easy_getinfo(handle, info, value); }
