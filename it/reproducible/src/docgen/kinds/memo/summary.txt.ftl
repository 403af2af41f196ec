${title} ${project.version}
