CREATE TABLE followers (
	follower_id INTEGER, 
	followed_id INTEGER, 
	FOREIGN KEY(follower_id) REFERENCES user (id), 
	FOREIGN KEY(followed_id) REFERENCES user (id)
)