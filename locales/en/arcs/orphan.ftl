title = Lena's three calls: a child from a children's home over several weeks
summary = Three calls from the same 12-year-old girl over several weeks. What you do in one call changes how the next begins: ease her attachment to the line and grow her ties with the people around her, without pushing her away.
variable-trust = trust
variable-risk = risk
variable-ties = ties with people around her
variable-dependency = dependency on the line
