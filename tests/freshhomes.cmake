# SPDX-License-Identifier: GPL-3.0-or-later
# Empties and makes again the home of each test program (HOMES: the folders, |-separated).
string(REPLACE "|" ";" homes "${HOMES}")
foreach(home IN LISTS homes)
  file(REMOVE_RECURSE "${home}")
  file(MAKE_DIRECTORY "${home}")
endforeach()
