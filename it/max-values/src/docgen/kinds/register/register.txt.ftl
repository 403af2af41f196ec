${records?size} records, the last ${records?last.name}
