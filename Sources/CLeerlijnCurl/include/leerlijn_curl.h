// Typed wrappers around libcurl's variadic curl_easy_setopt and curl_easy_getinfo, which Swift cannot call.
#ifndef LEERLIJN_CURL_H
#define LEERLIJN_CURL_H
#include <curl/curl.h>

typedef size_t (*leerlijn_curl_callback)(char *data, size_t size, size_t count, void *context);

CURLcode leerlijn_curl_set_long(CURL *handle, CURLoption option, long value);
CURLcode leerlijn_curl_set_pointer(CURL *handle, CURLoption option, const void *value);
CURLcode leerlijn_curl_set_callback(CURL *handle, CURLoption option, leerlijn_curl_callback callback);
CURLcode leerlijn_curl_get_long(CURL *handle, CURLINFO info, long *value);
#endif
