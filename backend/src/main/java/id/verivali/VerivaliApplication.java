package id.verivali;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VerivaliApplication {

    public static void main(String[] args) {
        SpringApplication.run(VerivaliApplication.class, args);
    }
}
