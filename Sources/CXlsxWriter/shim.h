#ifndef UNIONSTATS_CXLSXWRITER_SHIM_H
#define UNIONSTATS_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
